import { useEffect, useState } from "react";
import { api, token, type ApiConfig } from "./api.js";
import { ConfigContext } from "./config.js";
import { ActorPage } from "./pages/ActorPage.js";
import { DocumentPage } from "./pages/DocumentPage.js";
import { DocumentsPage } from "./pages/DocumentsPage.js";
import { DossierPage } from "./pages/DossierPage.js";
import { DyadPage } from "./pages/DyadPage.js";
import { GraphPage } from "./pages/GraphPage.js";
import { IncidentsPage } from "./pages/IncidentsPage.js";
import { IngestPage } from "./pages/IngestPage.js";
import { OverviewPage } from "./pages/OverviewPage.js";
import { ReviewPage } from "./pages/ReviewPage.js";
import { SearchPage } from "./pages/SearchPage.js";
import { Link, match, useLocation } from "./router.js";

const NAV: [string, string][] = [
  ["/", "Overview"], ["/incidents", "Incidents"], ["/graph", "Graph"], ["/dyad", "Dyads"], ["/documents", "Documents"], ["/review", "Review"], ["/ingest", "Ingest"], ["/search", "Search"],
];

function Page({ path }: { path: string }) {
  let m: Record<string, string> | undefined;
  if (path === "/") return <OverviewPage />;
  if (path === "/incidents") return <IncidentsPage />;
  if ((m = match("/incidents/:id", path))) return <DossierPage key={m.id} id={m.id!} />;
  if ((m = match("/actors/:name", path))) return <ActorPage key={m.name} name={m.name!} />;
  if (path === "/dyad") return <DyadPage />;
  if (path === "/graph") return <GraphPage />;
  if (path === "/documents") return <DocumentsPage />;
  if ((m = match("/documents/:id", path))) return <DocumentPage key={m.id} id={m.id!} />;
  if (path === "/review") return <ReviewPage />;
  if (path === "/ingest") return <IngestPage />;
  if (path === "/search") return <SearchPage />;
  return <p>Nothing here. <Link to="/">Back to the overview</Link>.</p>;
}

function TokenField() {
  const [value, setValue] = useState(token.get());
  return (
    <form className="token" onSubmit={(e) => (e.preventDefault(), token.set(value.trim()))}>
      <label>
        Access token <input type="password" value={value} onChange={(e) => setValue(e.target.value)} autoComplete="off" size={12} />
      </label>
      <button type="submit">Use</button>
    </form>
  );
}

export function App() {
  const { path } = useLocation();
  const [config, setConfig] = useState<ApiConfig>({ writes: "read-only", extractorVersion: "" });
  useEffect(() => void api.config().then(setConfig, () => undefined), []);
  const current = (to: string) => (to === "/" ? path === "/" : path === to || path.startsWith(`${to}/`) || (to === "/incidents" && path.startsWith("/incidents")));
  return (
    <ConfigContext.Provider value={config}>
      <a href="#main" className="skip">Skip to content</a>
      <header className="top">
        <Link to="/" className="brand">Attrib</Link>
        <nav aria-label="main">
          {NAV.map(([to, label]) => (
            <Link key={to} to={to} {...(current(to) ? { "aria-current": "page" as const } : {})}>{label}</Link>
          ))}
        </nav>
        {config.writes === "token" ? <TokenField /> : null}
        {config.writes === "read-only" ? <span className="badge" title="Writes are disabled on this server">read-only</span> : null}
      </header>
      <main id="main" tabIndex={-1}>
        <Page path={path} />
      </main>
    </ConfigContext.Provider>
  );
}

import { useState } from "react";
import type { ActorKind, ApiEvent, EventPatchInput, EventType, RoleName } from "../api.js";

const TYPES: EventType[] = ["attack", "attribution", "denial", "sanction", "diplomatic", "legal", "condemnation"];
const KINDS: ActorKind[] = ["state", "government", "company", "group", "person", "organization", "unspecified"];
/** Which roles the form offers for each type (the spec's key roles first). */
const ROLES_FOR: Record<EventType, RoleName[]> = {
  attack: ["victim", "accused"],
  attribution: ["attributor", "accused", "victim"],
  denial: ["denier", "accused"],
  sanction: ["imposer", "target"],
  diplomatic: ["actor", "target"],
  legal: ["actor", "target"],
  condemnation: ["actor", "target"],
};

interface RoleDraft {
  name: string;
  kind: ActorKind;
  country: string;
}

export type EventDraft = Required<Pick<EventPatchInput, "type" | "roles">> & Pick<EventPatchInput, "date" | "hedged" | "action">;

function precisionOf(value: string): "day" | "month" | "year" {
  return value.length === 10 ? "day" : value.length === 7 ? "month" : "year";
}

/** A form for an event's type, date, hedging and roles; used to edit an event and to add a missing one. */
export function EventEditor({ initial, submitLabel, onSubmit, onCancel }: { initial?: ApiEvent; submitLabel: string; onSubmit: (draft: EventDraft) => Promise<void>; onCancel: () => void }) {
  const [type, setType] = useState<EventType>(initial?.type ?? "attribution");
  const [date, setDate] = useState(initial?.date?.value ?? "");
  const [hedged, setHedged] = useState(initial?.hedged ?? false);
  const [action, setAction] = useState(initial?.action ?? "");
  const [roles, setRoles] = useState<Partial<Record<RoleName, RoleDraft>>>(() =>
    Object.fromEntries((initial?.roles ?? []).map((r) => [r.role, { name: r.actor.name, kind: r.actor.kind, country: r.actor.country ?? "" }])),
  );
  const [error, setError] = useState<string>();
  const [busy, setBusy] = useState(false);
  const shown = [...new Set([...ROLES_FOR[type], ...(Object.keys(roles) as RoleName[]).filter((r) => roles[r]?.name)])];

  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    if (date && !/^\d{4}(-\d{2}(-\d{2})?)?$/.test(date)) return setError("Date: YYYY, YYYY-MM or YYYY-MM-DD");
    const out: EventDraft["roles"] = {};
    for (const role of Object.keys(roles) as RoleName[]) {
      const r = roles[role];
      out[role] = r && r.name.trim() ? { name: r.name.trim(), kind: r.kind, ...(r.country ? { country: r.country.toUpperCase() } : {}) } : null;
    }
    setBusy(true);
    setError(undefined);
    try {
      await onSubmit({ type, roles: out, hedged, date: date ? { value: date, precision: precisionOf(date) } : null, action: action.trim() || null });
    } catch (err) {
      setError((err as Error).message);
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="event-editor" onSubmit={submit} aria-label="event editor">
      <div className="row">
        <label>
          Type
          <select value={type} onChange={(e) => setType(e.target.value as EventType)} name="type">
            {TYPES.map((t) => <option key={t} value={t}>{t}</option>)}
          </select>
        </label>
        <label>
          Date
          <input value={date} onChange={(e) => setDate(e.target.value)} placeholder="YYYY-MM-DD" name="date" size={11} />
        </label>
        <label>
          Action
          <input value={action} onChange={(e) => setAction(e.target.value)} placeholder="e.g. expel_diplomats" name="action" size={16} />
        </label>
        <label className="check">
          <input type="checkbox" checked={hedged} onChange={(e) => setHedged(e.target.checked)} name="hedged" /> hedged
        </label>
      </div>
      {shown.map((role) => {
        const r = roles[role] ?? { name: "", kind: "state" as ActorKind, country: "" };
        const set = (patch: Partial<RoleDraft>) => setRoles({ ...roles, [role]: { ...r, ...patch } });
        return (
          <fieldset key={role} className="row role-input">
            <legend>{role}</legend>
            <input aria-label={`${role} name`} name={`${role}-name`} value={r.name} onChange={(e) => set({ name: e.target.value })} placeholder="name" />
            <select aria-label={`${role} kind`} value={r.kind} onChange={(e) => set({ kind: e.target.value as ActorKind })}>
              {KINDS.map((k) => <option key={k} value={k}>{k}</option>)}
            </select>
            <input aria-label={`${role} country`} value={r.country} onChange={(e) => set({ country: e.target.value })} placeholder="IR" size={3} maxLength={2} />
          </fieldset>
        );
      })}
      {error ? <p className="error" role="alert">{error}</p> : null}
      <div className="row">
        <button type="submit" className="primary" disabled={busy}>{submitLabel}</button>
        <button type="button" onClick={onCancel}>Cancel</button>
      </div>
    </form>
  );
}

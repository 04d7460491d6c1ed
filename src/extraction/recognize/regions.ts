/**
 * Regional and alliance words that narrow a descriptor ("the Balkan nation", "its NATO ally") to the
 * states it can mean. Membership as of 2024.
 */
export const REGION_MEMBERS: Readonly<Record<string, readonly string[]>> = {
  balkan: ["AL", "BA", "BG", "HR", "XK", "ME", "MK", "RS", "SI", "GR", "RO"],
  baltic: ["EE", "LV", "LT"],
  nordic: ["DK", "FI", "IS", "NO", "SE"],
  scandinavian: ["DK", "NO", "SE"],
  gulf: ["SA", "AE", "QA", "KW", "BH", "OM"],
  caucasus: ["AM", "AZ", "GE"],
  "central asian": ["KZ", "KG", "TJ", "TM", "UZ"],
  "east asian": ["CN", "JP", "KP", "KR", "MN", "TW"],
  asian: ["CN", "JP", "KP", "KR", "MN", "TW", "IN", "PK", "VN", "TH", "MY", "SG", "ID", "PH", "BD", "KH", "LA", "MM"],
  european: ["AL", "AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE", "IT", "LV", "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE", "GB", "NO", "CH", "UA", "MD", "RS", "ME", "MK", "BA", "XK", "IS", "BY"],
  "middle eastern": ["IR", "IQ", "IL", "JO", "LB", "SY", "SA", "AE", "QA", "KW", "BH", "OM", "YE", "TR", "EG"],
  african: ["DZ", "EG", "ET", "GH", "KE", "MA", "NG", "ZA", "TN", "SN", "UG", "TZ"],
  "latin american": ["AR", "BO", "BR", "CL", "CO", "CR", "CU", "EC", "MX", "PE", "VE", "UY", "PY"],
  nato: ["AL", "BE", "BG", "CA", "HR", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IS", "IT", "LV", "LT", "LU", "ME", "NL", "MK", "NO", "PL", "PT", "RO", "SK", "SI", "ES", "SE", "TR", "GB", "US"],
  eu: ["AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE", "IT", "LV", "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE"],
  island: ["TW", "JP", "GB", "IE", "IS", "CY", "MT", "SG", "LK", "PH", "ID", "NZ", "CU", "MG"],
};

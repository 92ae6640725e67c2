/**
 * Response headers that tell the browser what a page may do: a nonce-based Content-Security-Policy
 * (no inline script runs unless the server rendered it), no framing, no MIME sniffing, no
 * referrer, and HSTS in production. Built with nosecone; one nonce per request.
 */
import { defaults, nosecone } from "@nosecone/next";

/** OAuth sign-ins post a form that redirects to the provider; form-action covers that redirect. */
const OAUTH_FORM_TARGETS = ["https://github.com", "https://accounts.google.com"] as const;

export function securityHeaders({ production }: { production: boolean }): Headers {
  return nosecone({
    ...defaults,
    contentSecurityPolicy: {
      directives: {
        ...defaults.contentSecurityPolicy.directives,
        formAction: [...defaults.contentSecurityPolicy.directives.formAction, ...OAUTH_FORM_TARGETS],
      },
    },
    // Over plain HTTP (development, the e2e server) HSTS is ignored anyway; in production it pins HTTPS.
    strictTransportSecurity: production ? defaults.strictTransportSecurity : false,
  });
}

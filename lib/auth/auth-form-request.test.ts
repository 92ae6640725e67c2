import { describe, expect, it } from "vitest";
import { withRelativeRedirect } from "./auth-form-request";

const redirect = (location: string) => new Response(null, { status: 302, headers: { location } });

describe("withRelativeRedirect", () => {
  it("makes next-auth's fallback origin relative when NEXTAUTH_URL is unset", () => {
    const response = withRelativeRedirect(redirect("http://localhost:3000/api/auth/signout?csrf=true"), undefined);
    expect(response.status).toBe(302);
    expect(response.headers.get("location")).toBe("/api/auth/signout?csrf=true");
  });

  it("makes the configured public origin relative too", () => {
    const response = withRelativeRedirect(
      redirect("https://claimdeck.example/review#top"),
      "https://claimdeck.example",
    );
    expect(response.headers.get("location")).toBe("/review#top");
  });

  it("leaves other origins, relative locations and plain responses alone", () => {
    expect(withRelativeRedirect(redirect("https://github.com/login"), undefined).headers.get("location")).toBe(
      "https://github.com/login",
    );
    expect(withRelativeRedirect(redirect("/signin"), undefined).headers.get("location")).toBe("/signin");
    const plain = new Response("ok");
    expect(withRelativeRedirect(plain, undefined)).toBe(plain);
  });
});

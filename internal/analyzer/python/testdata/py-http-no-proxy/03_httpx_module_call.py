# SSRF-2: httpx.get to a status page without a proxy
import httpx


def upstream_healthy() -> bool:
    resp = httpx.get("https://status.payments.example.com/api/v2/status.json", timeout=5.0)  # want: PY-HTTP-NO-PROXY
    return resp.json()["status"]["indicator"] == "none"

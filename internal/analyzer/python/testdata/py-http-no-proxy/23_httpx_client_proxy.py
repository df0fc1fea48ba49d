# SSRF-2 FALSE: httpx.Client(proxy=...) and httpx.AsyncClient(proxy=...)
import httpx

client = httpx.Client(proxy="http://egress.internal:3128", timeout=5.0)


def upstream_healthy() -> bool:
    return client.get("https://status.payments.example.com/api/v2/status.json").json()["status"]["indicator"] == "none"


async def push_metrics(points: list) -> int:
    async with httpx.AsyncClient(proxy="http://egress.internal:3128", timeout=5.0) as ac:
        resp = await ac.post("https://metrics.example.com/v1/push", json={"points": points})
        return resp.status_code

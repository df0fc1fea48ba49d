# SSRF-2: httpx.AsyncClient without proxy used in a background task
import httpx


async def push_metrics(points: list) -> int:
    async with httpx.AsyncClient(timeout=5.0) as client:
        resp = await client.post("https://metrics.example.com/v1/push", json={"points": points})  # want: PY-HTTP-NO-PROXY
        return resp.status_code

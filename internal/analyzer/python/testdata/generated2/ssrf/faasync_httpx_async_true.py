# generated case (gen_cases2): httpx.AsyncClient.get awaited with a query URL -> SSRF
import httpx
from fastapi import FastAPI

app = FastAPI()
PROXY = "http://egress.internal:3128"


@app.get("/preview")
async def preview(url: str = ""):
    async with httpx.AsyncClient(proxy=PROXY) as client:
        resp = await client.get(url)  # want: PY-SSRF
    return {"status": resp.status_code}

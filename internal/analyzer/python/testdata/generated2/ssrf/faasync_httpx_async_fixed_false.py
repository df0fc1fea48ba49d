# generated case (gen_cases2): httpx.AsyncClient.get with a fixed URL, input only as a parameter -> no SSRF
import httpx
from fastapi import FastAPI

app = FastAPI()
PROXY = "http://egress.internal:3128"


@app.get("/preview")
async def preview(q: str = ""):
    async with httpx.AsyncClient(proxy=PROXY) as client:
        resp = await client.get("https://api.example.com/search", params={"q": q})
    return {"status": resp.status_code}

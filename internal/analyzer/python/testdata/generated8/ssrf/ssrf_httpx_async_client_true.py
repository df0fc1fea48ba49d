# generated case (gen8): category=ssrf rule=PY-SSRF fw=fastapi shape=httpx_async_client expected=true
import httpx
from fastapi import Cookie, FastAPI, Header, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse

app = FastAPI()


@app.api_route("/ssrf_httpx_async_client", methods=["GET", "POST"])
async def case_httpx_async_client(request: Request, q: str = ""):
    param = q
    async with httpx.AsyncClient() as client:
        resp = await client.get(param)  # want: PY-SSRF PY-HTTP-NO-PROXY
    return {"result": str(resp.status_code)}

# generated case (gen9): category=ssrf rule=PY-SSRF fw=fastapi shape=aiohttp_session_get expected=true
import aiohttp
from fastapi import Body, Cookie, FastAPI, Form, Header, HTTPException, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse

app = FastAPI()


@app.api_route("/ssrf_aiohttp_session_get", methods=["GET", "POST"])
async def case_aiohttp_session_get(request: Request, q: str = Query("")):
    param = q
    async with aiohttp.ClientSession() as s:
        async with s.get(param) as resp:  # want: PY-SSRF PY-HTTP-NO-PROXY
            status = resp.status
    return {"result": str(status)}

# generated case (gen9): category=cmdi rule=PY-CMDI fw=fastapi shape=asyncio_create_subprocess_shell expected=true
import asyncio
from fastapi import Body, Cookie, FastAPI, Form, Header, HTTPException, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse

app = FastAPI()


@app.api_route("/cmdi_asyncio_create_subprocess_shell", methods=["GET", "POST"])
async def case_asyncio_create_subprocess_shell(request: Request, q: str = Query("")):
    param = q
    proc = await asyncio.create_subprocess_shell("ping -c 1 " + param)  # want: PY-CMDI
    rc = await proc.wait()
    return {"result": str(rc)}

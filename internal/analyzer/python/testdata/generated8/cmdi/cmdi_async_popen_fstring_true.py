# generated case (gen8): category=cmdi rule=PY-CMDI fw=fastapi shape=async_popen_fstring expected=true
import subprocess
from fastapi import Cookie, FastAPI, Header, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse

app = FastAPI()


@app.api_route("/cmdi_async_popen_fstring", methods=["GET", "POST"])
async def case_async_popen_fstring(request: Request, x_q: str = Header("")):
    param = x_q
    proc = subprocess.Popen(f"tar -tzf /srv/uploads/{param}", shell=True, stdout=subprocess.PIPE)  # want: PY-CMDI
    data = proc.communicate()[0]
    return {"result": str(len(data))}

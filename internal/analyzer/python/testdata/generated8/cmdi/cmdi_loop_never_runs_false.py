# generated case (gen8): category=cmdi rule=PY-CMDI fw=fastapi shape=loop_never_runs expected=false
import subprocess
from fastapi import Cookie, FastAPI, Header, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse

app = FastAPI()


@app.api_route("/cmdi_loop_never_runs", methods=["GET", "POST"])
def case_loop_never_runs(request: Request, q: str = Query("")):
    param = q
    cmd = "uptime"
    for _ in range(0):
        cmd = "echo " + param
    out = subprocess.check_output(cmd, shell=True)
    return {"result": str(len(out))}

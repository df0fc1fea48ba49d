# generated case (gen9): category=cmdi rule=PY-CMDI fw=fastapi shape=join_list_shell_true expected=true
import subprocess
from fastapi import Body, Cookie, FastAPI, Form, Header, HTTPException, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse

app = FastAPI()


@app.api_route("/cmdi_join_list_shell_true", methods=["GET", "POST"])
def case_join_list_shell_true(request: Request, q: str = Query("")):
    param = q
    out = subprocess.run(" ".join(["ls", "-la", param]), shell=True, capture_output=True).stdout  # want: PY-CMDI
    return {"result": str(out)}

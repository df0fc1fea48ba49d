# generated case (gen_cases2): rule=PY-CMDI context=faasyncreq propagation=escape_from_import sink=v1 expected=true
import subprocess

from fastapi import FastAPI, Request
from markupsafe import escape

app = FastAPI()


@app.get("/cmdi")
async def handle_cmdi(request: Request):
    param = request.query_params.get("p", "")
    bar = escape(param)
    proc = subprocess.run("ls -l /srv/data/" + bar, shell=True, capture_output=True)  # want: PY-CMDI
    result = proc.returncode
    return {"result": result}

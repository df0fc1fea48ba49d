# generated case (gen_cases2): rule=PY-CMDI context=faasyncreq propagation=global_via_helper sink=v1 expected=true
import subprocess

from fastapi import FastAPI, Request

app = FastAPI()


LAST = ""


def remember(value):
    global LAST
    LAST = value


@app.get("/cmdi")
async def handle_cmdi(request: Request):
    param = request.query_params.get("p", "")
    remember(param)
    bar = LAST
    proc = subprocess.run("ls -l /srv/data/" + bar, shell=True, capture_output=True)  # want: PY-CMDI
    result = proc.returncode
    return {"result": result}

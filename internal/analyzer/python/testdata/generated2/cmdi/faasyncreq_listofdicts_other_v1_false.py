# generated case (gen_cases2): rule=PY-CMDI context=faasyncreq propagation=listofdicts_other sink=v1 expected=false
import subprocess

from fastapi import FastAPI, Request

app = FastAPI()


@app.get("/cmdi")
async def handle_cmdi(request: Request):
    param = request.query_params.get("p", "")
    rows = [{"n": "safe"}, {"n": param}]
    bar = rows[0]["n"]
    proc = subprocess.run("ls -l /srv/data/" + bar, shell=True, capture_output=True)
    result = proc.returncode
    return {"result": result}

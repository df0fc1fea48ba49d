# generated case (gen_cases2): rule=PY-CMDI context=faasyncreq propagation=assert_isalnum sink=v1 expected=false
import subprocess

from fastapi import FastAPI, Request

app = FastAPI()


@app.get("/cmdi")
async def handle_cmdi(request: Request):
    param = request.query_params.get("p", "")
    assert param.isalnum()
    bar = param
    proc = subprocess.run("ls -l /srv/data/" + bar, shell=True, capture_output=True)
    result = proc.returncode
    return {"result": result}

# generated case (gen_cases7): category=cmdi rule=PY-CMDI fw=fastapi source=queryparams shape=list_dashdash sink=specific expected=false
import subprocess

from fastapi import FastAPI, Request

app = FastAPI()


@app.get("/case-00228")
async def case_00228(request: Request):
    param = request.query_params.get("q", "")
    bar = param
    result = subprocess.call(["ls", "--", bar])
    return {"result": str(result)}

# generated case (gen_cases2): rule=PY-CMDI context=faasync propagation=markupsafe_escape sink=v0 expected=true
import markupsafe
import os

from fastapi import FastAPI

app = FastAPI()


@app.get("/cmdi")
async def handle_cmdi(p: str = ""):
    param = p
    bar = str(markupsafe.escape(param))
    result = os.system("ping -c 1 " + bar)  # want: PY-CMDI
    return {"result": result}

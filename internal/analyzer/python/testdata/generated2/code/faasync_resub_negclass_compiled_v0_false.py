# generated case (gen_cases2): rule=PY-CODE-INJECTION context=faasync propagation=resub_negclass_compiled sink=v0 expected=false
import re

from fastapi import FastAPI

app = FastAPI()


NOT_ALNUM = re.compile(r"[^A-Za-z0-9_]")


@app.get("/code")
async def handle_code(p: str = ""):
    param = p
    bar = NOT_ALNUM.sub("", param)
    result = str(eval(bar))
    return {"result": result}

# generated case (gen_cases2): rule=PY-CODE-INJECTION context=faasync propagation=resub_negclass sink=v0 expected=false
import re

from fastapi import FastAPI

app = FastAPI()


@app.get("/code")
async def handle_code(p: str = ""):
    param = p
    bar = re.sub(r"[^a-z0-9]", "", param)
    result = str(eval(bar))
    return {"result": result}

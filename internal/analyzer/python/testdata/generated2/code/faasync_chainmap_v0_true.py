# generated case (gen_cases2): rule=PY-CODE-INJECTION context=faasync propagation=chainmap sink=v0 expected=true
import collections

from fastapi import FastAPI

app = FastAPI()


@app.get("/code")
async def handle_code(p: str = ""):
    param = p
    bar = collections.ChainMap({"k": param}, {"k": "safe"})["k"]
    result = str(eval(bar))  # want: PY-CODE-INJECTION
    return {"result": result}

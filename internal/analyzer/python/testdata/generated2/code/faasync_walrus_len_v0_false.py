# generated case (gen_cases2): rule=PY-CODE-INJECTION context=faasync propagation=walrus_len sink=v0 expected=false
from fastapi import FastAPI

app = FastAPI()


@app.get("/code")
async def handle_code(p: str = ""):
    param = p
    bar = "empty"
    if (n := len(param)) > 0:
        bar = str(n)
    result = str(eval(bar))
    return {"result": result}

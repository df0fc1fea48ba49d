# generated case (gen_cases2): rule=PY-CODE-INJECTION context=faasync propagation=dictoflists_other sink=v0 expected=false
from fastapi import FastAPI

app = FastAPI()


@app.get("/code")
async def handle_code(p: str = ""):
    param = p
    m = {"a": ["safe"], "b": ["safe", param]}
    bar = m["a"][0]
    result = str(eval(bar))
    return {"result": result}

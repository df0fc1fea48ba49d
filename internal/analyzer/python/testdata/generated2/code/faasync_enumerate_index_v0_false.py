# generated case (gen_cases2): rule=PY-CODE-INJECTION context=faasync propagation=enumerate_index sink=v0 expected=false
from fastapi import FastAPI

app = FastAPI()


@app.get("/code")
async def handle_code(p: str = ""):
    param = p
    bar = ""
    for i, _v in enumerate([param]):
        bar = str(i)
    result = str(eval(bar))
    return {"result": result}

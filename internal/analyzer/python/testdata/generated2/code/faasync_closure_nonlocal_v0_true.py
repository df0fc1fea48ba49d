# generated case (gen_cases2): rule=PY-CODE-INJECTION context=faasync propagation=closure_nonlocal sink=v0 expected=true
from fastapi import FastAPI

app = FastAPI()


@app.get("/code")
async def handle_code(p: str = ""):
    param = p
    bar = "safe"
    def update():
        nonlocal bar
        bar = param
    update()
    result = str(eval(bar))  # want: PY-CODE-INJECTION
    return {"result": result}

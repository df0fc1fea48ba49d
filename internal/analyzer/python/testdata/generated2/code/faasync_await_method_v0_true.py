# generated case (gen_cases2): rule=PY-CODE-INJECTION context=faasync propagation=await_method sink=v0 expected=true
from fastapi import FastAPI

app = FastAPI()


class Loader:
    async def load(self, key):
        return key


@app.get("/code")
async def handle_code(p: str = ""):
    param = p
    bar = await Loader().load(param)
    result = str(eval(bar))  # want: PY-CODE-INJECTION
    return {"result": result}

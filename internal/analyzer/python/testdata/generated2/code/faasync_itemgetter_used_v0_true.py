# generated case (gen_cases2): rule=PY-CODE-INJECTION context=faasync propagation=itemgetter_used sink=v0 expected=true
import operator

from fastapi import FastAPI

app = FastAPI()


@app.get("/code")
async def handle_code(p: str = ""):
    param = p
    bar = operator.itemgetter("p")({"p": param, "q": "safe"})
    result = str(eval(bar))  # want: PY-CODE-INJECTION
    return {"result": result}

# generated case (gen_cases2): rule=PY-CODE-INJECTION context=faasync propagation=dataclass_replace sink=v0 expected=true
import dataclasses

from dataclasses import dataclass
from fastapi import FastAPI

app = FastAPI()


@dataclass
class Query:
    term: str
    other: str = "safe"


@app.get("/code")
async def handle_code(p: str = ""):
    param = p
    q = Query(term="safe")
    q2 = dataclasses.replace(q, term=param)
    bar = q2.term
    result = str(eval(bar))  # want: PY-CODE-INJECTION
    return {"result": result}

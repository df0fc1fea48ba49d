# generated case (gen_cases4): category=ssti rule=PY-SSTI fw=fastapi source=model shape=sandbox_from_string sink=specific expected=false
from fastapi import FastAPI, Request
from jinja2.sandbox import SandboxedEnvironment
from pydantic import BaseModel

app = FastAPI()


class Item(BaseModel):
    name: str
    quantity: int = 1


@app.post("/00443")
def benchmark_test_00443(request: Request, item: Item):
    param = item.name
    bar = param
    env = SandboxedEnvironment()
    result = env.from_string(bar).render(user="guest")
    return {"result": str(result)}

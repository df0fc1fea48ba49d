# generated case (gen_cases6): category=xss rule=PY-XSS fw=fastapi source=model shape=response_text_plain sink=specific expected=false
from fastapi import FastAPI, Request, Response
from pydantic import BaseModel

app = FastAPI()


class Item(BaseModel):
    name: str
    quantity: int = 1


@app.post("/00388")
def benchmark_test_00388(request: Request, item: Item):
    param = item.name
    bar = param
    return Response(content="<b>" + bar + "</b>", media_type="text/plain")

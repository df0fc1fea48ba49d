# generated case (gen_cases4): category=xss rule=PY-XSS fw=fastapi source=model shape=response_media_html sink=specific expected=true
from fastapi import FastAPI, Request, Response
from pydantic import BaseModel

app = FastAPI()


class Item(BaseModel):
    name: str
    quantity: int = 1


@app.post("/00427")
def benchmark_test_00427(request: Request, item: Item):
    param = item.name
    bar = param
    return Response(content="<p>" + bar + "</p>", media_type="text/html")  # want: PY-XSS

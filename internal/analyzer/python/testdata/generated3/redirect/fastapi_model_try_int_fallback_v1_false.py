# generated case (gen_cases3): category=redirect rule=PY-OPEN-REDIRECT fw=fastapi source=model propagation=try_int_fallback sink=v1 expected=false
from fastapi import FastAPI, Request
from fastapi.responses import RedirectResponse
from pydantic import BaseModel

app = FastAPI()


class Item(BaseModel):
    name: str
    quantity: int = 1


@app.post("/00352")
def benchmark_test_00352(request: Request, item: Item):
    param = item.name
    try:
        bar = str(int(param))
    except ValueError:
        bar = "0"
    return RedirectResponse(bar)

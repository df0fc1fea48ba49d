# generated case (gen_cases3): category=pathtraver rule=PY-PATH-TRAVERSAL fw=fastapi source=model propagation=direct sink=safe1 expected=false
import os

from fastapi import FastAPI, Request
from pydantic import BaseModel
from werkzeug.utils import secure_filename

app = FastAPI()
BASE_DIR = "/srv/app/testfiles/"


class Item(BaseModel):
    name: str
    quantity: int = 1


@app.post("/00198")
def benchmark_test_00198(request: Request, item: Item):
    param = item.name
    bar = param
    with open(os.path.join(BASE_DIR, secure_filename(bar))) as fh:
        result = len(fh.read())
    return {"result": str(result)}

# generated case (gen_cases3): category=sqli rule=PY-SQLI fw=fastapi source=model propagation=direct sink=safe1 expected=false
from fastapi import FastAPI, Request
from pydantic import BaseModel
from sqlalchemy import create_engine, text

app = FastAPI()


class Item(BaseModel):
    name: str
    quantity: int = 1


@app.post("/00041")
def benchmark_test_00041(request: Request, item: Item):
    param = item.name
    bar = param
    engine = create_engine("sqlite:///benchmark.db")
    with engine.connect() as conn:
        result = conn.execute(text("SELECT id FROM users WHERE name = :name"), {"name": bar}).fetchall()
    return {"result": str(result)}

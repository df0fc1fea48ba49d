# FastAPI: a body model's fields carry their declared types: int, float,
# bool and UUID fields (also Optional[...] and "| None", and fields a base
# model declares) cannot carry an injection; str fields are input.
import subprocess
import uuid
from typing import Optional

from fastapi import FastAPI
from pydantic import BaseModel

app = FastAPI()


class Base(BaseModel):
    owner_id: int


class Order(Base):
    sku: str
    quantity: int
    price: float = 0.0
    gift: Optional[bool] = None
    coupon: uuid.UUID | None = None
    note: str = ""


@app.post("/orders")
def create_order(order: Order):
    subprocess.call("reserve %d %d" % (order.quantity, order.owner_id), shell=True)
    subprocess.call("price " + str(order.price) + " " + str(order.gift) + " " + str(order.coupon), shell=True)
    subprocess.call("reserve-sku " + order.sku, shell=True)  # want: PY-CMDI
    subprocess.call(f"note {order.note}", shell=True)  # want: PY-CMDI
    return {"ok": True}

# NoSQLi: aiohttp handler passes the awaited JSON body to a motor find_one
from aiohttp import web
from motor.motor_asyncio import AsyncIOMotorClient

client = AsyncIOMotorClient("mongodb://mongo:27017")
coupons = client["shop"]["coupons"]


async def redeem(request):
    body = await request.json()
    coupon = await coupons.find_one({"code": body["code"], "active": True})  # want: PY-NOSQLI
    return web.json_response({"valid": coupon is not None})


app = web.Application()
app.router.add_post("/coupons/redeem", redeem)

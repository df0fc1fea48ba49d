# generated case (gen_cases7): category=nosqli rule=PY-NOSQLI fw=django source=cookie shape=json_value_nested sink=specific expected=true
import json

from django.http import JsonResponse
from django.urls import path
from pymongo import MongoClient

db = MongoClient("mongodb://localhost:27017")["shop"]


def case_00314(request):
    param = request.COOKIES.get("q", "none")
    bar = param
    data = json.loads(bar)
    docs = list(db.users.find({"name": data.get("name")}))  # want: PY-NOSQLI
    result = len(docs)
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("case-00314/", case_00314),
]

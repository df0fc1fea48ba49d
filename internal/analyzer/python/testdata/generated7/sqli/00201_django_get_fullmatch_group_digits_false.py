# generated case (gen_cases7): category=sqli rule=PY-SQLI fw=django source=get shape=fullmatch_group_digits (helper class) sink=v1 expected=false
import re

from django.http import JsonResponse
from django.urls import path
from sqlalchemy import create_engine, text


class Test:
    def do_something(self, request, param):
        m = re.fullmatch(r"([a-z]+)-(\d+)", param)
        bar = m.group(2) if m else "0"
        return bar


def case_00201(request):
    param = request.GET.get("q", "")
    bar = Test().do_something(request, param)
    engine = create_engine("sqlite:///shop.db")
    with engine.connect() as conn:
        result = conn.execute(text(f"SELECT id FROM orders WHERE customer = '{bar}'")).fetchall()
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("case-00201/", case_00201),
]

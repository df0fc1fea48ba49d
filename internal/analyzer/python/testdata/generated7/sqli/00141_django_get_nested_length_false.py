# generated case (gen_cases7): category=sqli rule=PY-SQLI fw=django source=get shape=nested_length (helper class) sink=v1 expected=false
from django.http import JsonResponse
from django.urls import path
from sqlalchemy import create_engine, text


def outer_upper(value):
    def inner(v):
        return v.upper()

    return inner(value)


def outer_length(value):
    def inner(v):
        return "len-" + str(len(v))

    return inner(value)


class Test:
    def do_something(self, request, param):
        bar = outer_length(param)
        return bar


def case_00141(request):
    param = request.GET.get("q", "")
    bar = Test().do_something(request, param)
    engine = create_engine("sqlite:///shop.db")
    with engine.connect() as conn:
        result = conn.execute(text(f"SELECT id FROM orders WHERE customer = '{bar}'")).fetchall()
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("case-00141/", case_00141),
]

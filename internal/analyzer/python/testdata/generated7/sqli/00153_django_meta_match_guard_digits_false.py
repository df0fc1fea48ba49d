# generated case (gen_cases7): category=sqli rule=PY-SQLI fw=django source=meta shape=match_guard_digits (helper class) sink=v1 expected=false
from django.http import JsonResponse
from django.urls import path
from sqlalchemy import create_engine, text


class Test:
    def do_something(self, request, param):
        match param.split(":", 1):
            case ["id", rest] if rest.isdigit():
                bar = rest
            case _:
                bar = "0"
        return bar


def case_00153(request):
    param = request.META.get("HTTP_X_QUERY", "")
    bar = Test().do_something(request, param)
    engine = create_engine("sqlite:///shop.db")
    with engine.connect() as conn:
        result = conn.execute(text(f"SELECT id FROM orders WHERE customer = '{bar}'")).fetchall()
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("case-00153/", case_00153),
]

# generated case (gen_cases7): category=sqli rule=PY-SQLI fw=django source=cookie shape=bindparams sink=specific expected=false
from django.http import JsonResponse
from django.urls import path
from sqlalchemy import create_engine, text


def case_00224(request):
    param = request.COOKIES.get("q", "none")
    bar = param
    engine = create_engine("sqlite:///shop.db")
    with engine.connect() as c:
        result = c.execute(text("SELECT id FROM orders WHERE customer = :c").bindparams(c=bar)).fetchall()
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("case-00224/", case_00224),
]

# generated case (gen_cases3): category=cookie rule=PY-COOKIE-INSECURE fw=django source=pathparam variant=some_expire expected=false
from django.http import JsonResponse
from django.urls import path


def benchmark_test_00641(request, test_id):
    param = test_id
    bar = param
    resp = JsonResponse({"ok": True})
    resp.set_cookie("SomeCookie", "", max_age=0, path="/", secure=False)
    return resp


urlpatterns = [
    path("00641/<str:test_id>/", benchmark_test_00641),
]

# generated case (gen_cases5): category=trustbound rule=PY-TRUST-BOUNDARY fw=django source=meta shape=dead_branch_write expected=false
from django.http import JsonResponse
from django.urls import path


def benchmark_test_00445(request):
    param = request.META.get("HTTP_REFERER", "")
    bar = param
    if False:
        request.session["display_name"] = bar
    result = True
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00445/", benchmark_test_00445),
]

# generated case (gen_cases5): category=trustbound rule=PY-TRUST-BOUNDARY fw=django source=meta shape=fstring_value expected=true
from django.http import JsonResponse
from django.urls import path


def benchmark_test_00421(request):
    param = request.META.get("HTTP_REFERER", "")
    bar = param
    request.session["greeting"] = f"Hello, {bar}"  # want: PY-TRUST-BOUNDARY
    result = True
    return JsonResponse({"result": str(result)})


urlpatterns = [
    path("00421/", benchmark_test_00421),
]

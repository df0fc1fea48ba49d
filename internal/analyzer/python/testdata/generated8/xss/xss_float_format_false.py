# generated case (gen8): category=xss rule=PY-XSS fw=django shape=float_format expected=false
from django.http import HttpResponse, HttpResponseRedirect, JsonResponse
from django.urls import path


def case_float_format(request):
    param = request.GET.get("q", "")
    try:
        amount = float(param)
    except ValueError:
        amount = 0.0
    return HttpResponse("<p>Total: {:.2f}</p>".format(amount))


urlpatterns = [
    path("xss_float_format/", case_float_format),
]

# generated case (gen8): category=redirect rule=PY-OPEN-REDIRECT fw=django shape=class_attr_set expected=true
from django.http import HttpResponse, HttpResponseRedirect, JsonResponse
from django.urls import path

class Flow:
    next_url = "/"


def case_class_attr_set(request):
    param = request.POST.get("q", "")
    flow = Flow()
    flow.next_url = param
    return HttpResponseRedirect(flow.next_url)  # want: PY-OPEN-REDIRECT


urlpatterns = [
    path("redirect_class_attr_set/", case_class_attr_set),
]

# AC-1: Django views decorated with @login_required except the message deletion view
from django.contrib.auth.decorators import login_required
from django.http import JsonResponse
from django.shortcuts import get_object_or_404
from django.views.decorators.http import require_POST

from .models import Message


def about(request):
    return JsonResponse({"app": "inbox"})


@login_required
def inbox(request):
    return JsonResponse({"messages": list(Message.objects.filter(to=request.user).values("id", "subject"))})


@login_required
def read_message(request, pk):
    msg = get_object_or_404(Message, pk=pk, to=request.user)
    return JsonResponse({"subject": msg.subject, "body": msg.body})


@require_POST
def delete_message(request, pk):  # want: PY-ROUTE-NO-AUTH
    Message.objects.filter(pk=pk).delete()
    return JsonResponse({"ok": True})

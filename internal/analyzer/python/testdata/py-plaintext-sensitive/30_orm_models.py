# ORM models: a password or card number kept in a text column (Django,
# SQLAlchemy); hashed or masked columns, Django's own user model (its
# password field holds a hash), numbers and other names are fine.
from django.contrib.auth.models import AbstractUser
from django.db import models
from sqlalchemy import Column, Integer, String, Text
from sqlalchemy.orm import declarative_base, mapped_column

Base = declarative_base()


class SavedCard(models.Model):
    owner = models.CharField(max_length=80)
    card_number = models.CharField(max_length=19)  # want: PY-PLAINTEXT-SENSITIVE
    card_last4 = models.CharField(max_length=4)
    cvv = models.IntegerField()


class LegacyAccount(models.Model):
    login = models.CharField(max_length=40)
    password = models.CharField(max_length=128)  # want: PY-PLAINTEXT-SENSITIVE
    password_hash = models.CharField(max_length=128)


class Member(AbstractUser):
    nickname = models.CharField(max_length=40)


class User(Base):
    __tablename__ = "users"
    id = Column(Integer, primary_key=True)
    password = Column(String(128))  # want: PY-PLAINTEXT-SENSITIVE
    ssn = mapped_column(Text)  # want: PY-PLAINTEXT-SENSITIVE
    iban_digest = Column(String(64))
    pin = Column(Integer)

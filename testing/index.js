'use strict';

const { startMockIdaas } = require('./mock-idaas');
const { createWxFake } = require('./wx-fake');

module.exports = { startMockIdaas, createWxFake };
